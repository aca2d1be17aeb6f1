package org.tekigo.cli;

import org.tekigo.cli.nls.CliMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * A set of Tekigo files loaded together, so that references between them resolve through one
 * index, as they do in the studio's workspace.
 */
public class Workspace {

	private final Map<SourceFile, XtextResource> resources = new LinkedHashMap<>();

	private Workspace() {
	}

	public static Workspace load(Injector injector, List<SourceFile> files) throws InputException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		// Resources from this injector, whatever another setup registered with EMF globally.
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("tekigo", injector.getInstance(IResourceFactory.class));
		Workspace workspace = new Workspace();
		Map<XtextResource, byte[]> contents = new LinkedHashMap<>();
		for (SourceFile file : files) {
			byte[] bytes = readUtf8(file);
			URI uri = URI.createFileURI(file.path().toAbsolutePath().normalize().toString());
			XtextResource resource = (XtextResource) resourceSet.createResource(uri);
			contents.put(resource, bytes);
			workspace.resources.put(file, resource);
		}
		parse(contents);
		attachIndex(resourceSet, workspace.resources.values());
		EcoreUtil.resolveAll(resourceSet);
		return workspace;
	}

	/**
	 * The workspace of these files when it has no error. Otherwise its diagnostics and the
	 * refusal (a message taking the number of errors) are printed and null is returned: the
	 * command then ends with status 1 and writes nothing.
	 */
	static Workspace withoutErrors(List<SourceFile> files, java.io.PrintWriter printer, String refusal) throws InputException {
		Workspace workspace = load(TekigoCli.injector(), files);
		Diagnostics diagnostics = Diagnostics.of(workspace);
		if (diagnostics.errors() == 0) {
			return workspace;
		}
		diagnostics.print(printer);
		printer.println(bind(refusal, diagnostics.errors()));
		printer.flush();
		return null;
	}

	/**
	 * Parses the files on every core: each resource parses its own bytes and touches nothing of
	 * the others (linking waits for the index, in {@link #load}).
	 */
	private static void parse(Map<XtextResource, byte[]> contents) {
		contents.entrySet().parallelStream().forEach(entry -> {
			try {
				entry.getKey().load(new ByteArrayInputStream(entry.getValue()), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new UncheckedIOException("loading from memory cannot fail", e);
			}
		});
	}

	/**
	 * Indexes every file's exported names once, before linking. Without it each reference asks
	 * every file for its names, which grows with files × references: at 100 disclosures linking
	 * took most of the run (docs/performance.md).
	 */
	private static void attachIndex(XtextResourceSet resourceSet, Collection<XtextResource> resources) {
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (XtextResource resource : resources) {
			descriptions.add(resource.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource));
		}
		new ChunkedResourceDescriptions(Map.of("workspace", new ResourceDescriptionsData(descriptions)), resourceSet);
	}

	/** Validates every file; the issues of each file in the order the validator reports them. */
	public Map<SourceFile, List<Issue>> validate() {
		Map<SourceFile, List<Issue>> issues = new LinkedHashMap<>();
		resources.forEach((file, resource) -> issues.put(file, new ArrayList<>(resource.getResourceServiceProvider()
				.getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl))));
		return issues;
	}

	/** The documents of one kind (disclosures, reviews…) in the workspace, in file order. */
	public <T> List<T> documents(Class<T> type) {
		return resources.values().stream().flatMap(resource -> resource.getContents().stream()).filter(type::isInstance)
				.map(type::cast).toList();
	}

	public Map<SourceFile, XtextResource> resources() {
		return resources;
	}

	public Resource resource(SourceFile file) {
		return resources.get(file);
	}

	private static byte[] readUtf8(SourceFile file) throws InputException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file.path());
		} catch (IOException e) {
			throw new InputException(bind(CliMessages.Workspace_cannotRead, file.displayName(), e.getMessage()));
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
		} catch (CharacterCodingException e) {
			throw new InputException(bind(CliMessages.Workspace_notUtf8, file.displayName(), firstMalformedLine(bytes)));
		}
		return bytes;
	}

	/** The line of the first byte sequence that is not UTF-8, counting from 1. */
	static int firstMalformedLine(byte[] bytes) {
		int line = 1;
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				try {
					StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
							.decode(ByteBuffer.wrap(bytes, start, i - start));
				} catch (CharacterCodingException e) {
					return line;
				}
				line++;
				start = i + 1;
			}
		}
		return line;
	}

}

package org.tekigo.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.tekigo.dsl.tekigo.Document;
import org.tekigo.reports.io.AtomicFiles;

import com.google.inject.Injector;

/**
 * Writes documents as formatted Tekigo text, one file per document named after its id. All
 * texts are produced before anything is written, and each file goes through a temporary file
 * and a rename ({@link AtomicFiles}): a failure leaves the output folder as it was.
 */
public final class TekigoFiles {

	private TekigoFiles() {
	}

	/** Serializes the documents; returns the files written, in the order given. */
	public static List<Path> write(Injector injector, Path folder, List<? extends Document> documents) throws IOException {
		ResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		// Resources from this injector, whatever another setup registered with EMF globally.
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("tekigo", injector.getInstance(IResourceFactory.class));
		for (Document document : documents) {
			resourceSet.createResource(URI.createFileURI(folder.resolve(fileName(document)).toAbsolutePath().toString()))
					.getContents().add(document);
		}
		ISerializer serializer = injector.getInstance(ISerializer.class);
		Map<Path, String> texts = new LinkedHashMap<>();
		for (Document document : documents) {
			texts.put(folder.resolve(fileName(document)),
					serializer.serialize(document, SaveOptions.newBuilder().format().getOptions()));
		}
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (Map.Entry<Path, String> entry : texts.entrySet()) {
			AtomicFiles.writeString(entry.getKey(), entry.getValue());
			written.add(entry.getKey());
		}
		return written;
	}

	/** Writes a document that was loaded from a file back to that file, formatted. */
	public static void rewrite(Injector injector, Document document, Path file) throws IOException {
		String text = injector.getInstance(ISerializer.class).serialize(document, SaveOptions.newBuilder().format().getOptions());
		AtomicFiles.writeString(file, text);
	}

	public static String fileName(Document document) {
		return document.getName() + ".tekigo";
	}
}

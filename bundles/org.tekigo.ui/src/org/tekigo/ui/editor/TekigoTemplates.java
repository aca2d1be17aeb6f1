package org.tekigo.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.tekigo.ui.nls.UiMessages;

/**
 * Templates in content assist, by the kind of document: in a disclosure an answer and a
 * remediation block, in a catalog a measure with its items. Typing a template's first letters at
 * the start of a line (or after an answer, for a remediation) offers it; Tab moves between its
 * fields. A template of several lines takes the indentation of the line it starts on.
 */
final class TekigoTemplates {

	private static final TemplateContextType CONTEXT = new TemplateContextType("org.tekigo.ui.templates");
	static {
		CONTEXT.addResolver(new GlobalTemplateVariables.Cursor());
	}

	private TekigoTemplates() {
	}

	/** The templates that fit the document and the word typed before the offset. */
	static List<ICompletionProposal> proposals(IDocument document, int offset) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		try {
			IRegion line = document.getLineInformationOfOffset(offset);
			String before = document.get(line.getOffset(), offset - line.getOffset());
			int start = before.length();
			while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
				start--;
			}
			String prefix = before.substring(start);
			boolean lineStart = before.substring(0, start).isBlank();
			String indent = before.substring(0, before.length() - before.stripLeading().length());
			DocumentTemplateContext context = new DocumentTemplateContext(CONTEXT, document, offset - prefix.length(), prefix.length());
			for (Template template : templates(DisclosureEditor.firstKeyword(document.get()), indent, lineStart)) {
				if (template.getName().startsWith(prefix)) {
					proposals.add(new TemplateProposal(template, context, new Region(offset - prefix.length(), prefix.length()), null));
				}
			}
		} catch (BadLocationException e) {
			// an offset outside the document offers nothing
		}
		return proposals;
	}

	private static List<Template> templates(String kind, String indent, boolean lineStart) {
		List<Template> templates = new ArrayList<>();
		if ("disclosure".equals(kind)) {
			if (lineStart) {
				templates.add(template("answer", UiMessages.Template_answer, "${item} ${status} \"${comment}\"${cursor}"));
			}
			templates.add(template("plan", UiMessages.Template_remediation, "plan \"${plan}\" owner \"${owner}\" due ${due}${cursor}"));
		} else if ("catalog".equals(kind) && lineStart) {
			templates.add(template("measure", UiMessages.Template_measure, "measure ${id} \"${title}\" {\n" + indent + "\titem 1 \"${first}\"\n"
					+ indent + "\titem 2 \"${second}\"${cursor}\n" + indent + "}"));
		}
		return templates;
	}

	private static Template template(String name, String description, String pattern) {
		return new Template(name, description, CONTEXT.getId(), pattern, false);
	}
}

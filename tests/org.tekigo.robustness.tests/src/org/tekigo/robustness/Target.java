package org.tekigo.robustness;

import java.util.List;

/** What a fuzzing case damages, and through which commands it then goes. */
public enum Target {

	/** chatwork.tekigo, then check, report and the formatter round trip. */
	DISCLOSURE("chatwork.tekigo", TextMutation.FOR_TEKIGO_TEXT),
	/** provider.tekigo, likewise. */
	CATALOG("provider.tekigo", TextMutation.FOR_TEKIGO_TEXT),
	/** mhlw51.tekigo, likewise. */
	GUIDELINE("mhlw51.tekigo", TextMutation.FOR_TEKIGO_TEXT),
	/** The published checklist's text, then `tekigo import checklist.txt` and a check of what it wrote. */
	CHECKLIST_TEXT("published/chatwork-checklist.txt", TextMutation.FOR_CHECKLIST_TEXT),
	/** checklist.xlsx as `tekigo report` wrote it, then `tekigo import checklist.xlsx` and a check. */
	CHECKLIST_XLSX("checklist.xlsx", List.of()),
	/** checklist.xlsx printed to PDF by LibreOffice, then `tekigo import checklist.pdf` and a check. */
	CHECKLIST_PDF("checklist.pdf", List.of());

	private final String file;
	private final List<TextMutation> textMutations;

	Target(String file, List<TextMutation> textMutations) {
		this.file = file;
		this.textMutations = textMutations;
	}

	/** The file of the sample that the case damages. */
	public String file() {
		return file;
	}

	/** The names of the mutations that apply, in a fixed order. */
	public List<String> mutations() {
		return switch (this) {
			case CHECKLIST_XLSX -> List.of(WorkbookMutation.values()).stream().map(Enum::name).toList();
			case CHECKLIST_PDF -> List.of(PdfMutation.values()).stream().map(Enum::name).toList();
			default -> textMutations.stream().map(Enum::name).toList();
		};
	}
}

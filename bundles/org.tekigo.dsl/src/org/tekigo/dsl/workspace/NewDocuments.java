package org.tekigo.dsl.workspace;

import org.tekigo.dsl.review.ReviewTexts;

/**
 * The text of a new document, as File > New and `tekigo new-disclosure` write it: a disclosure of
 * a catalog (empty: the Answers page lists every item of the catalog to answer, and writes each
 * answer where the catalog's order puts it), and a valid minimal catalog and guideline in the
 * shape the language has since editions (declared weights, nested sections).
 */
public final class NewDocuments {

	/** An id of the language: letters, digits, hyphens and underscores, starting with a letter. */
	public static final String ID = "[A-Za-z_][A-Za-z0-9_-]*";

	private NewDocuments() {
	}

	public static String disclosure(String id, String title, String catalog) {
		return "disclosure " + id + " " + ReviewTexts.quoted(title) + " answers " + catalog + " {\n}\n";
	}

	public static String guideline(String id, String title) {
		return "guideline " + id + " " + ReviewTexts.quoted(title) + " version \"1.0\" {\n"
				+ "\tweight obligation \"遵守事項\" minimum default\n"
				+ "\tweight advice \"推奨事項\" recommended\n"
				+ "\tsection 1 \"第1章\" {\n"
				+ "\t\trequirement 1 \"要求事項の文言をここに書きます。\"\n"
				+ "\t}\n"
				+ "}\n";
	}

	public static String catalog(String id, String title, String guideline) {
		return "catalog " + id + " " + ReviewTexts.quoted(title) + (guideline == null ? "" : " guideline " + guideline) + " {\n"
				+ "\tcategory 1 \"人的・組織的対策\" {\n"
				+ "\t\tgroup 1.1 \"規程・手順の策定\" {\n"
				+ "\t\t\tmeasure ① \"対策の名前\" {\n"
				+ "\t\t\t\titem 1 \"対策項目の文言をここに書きます。\"\n"
				+ "\t\t\t}\n"
				+ "\t\t}\n"
				+ "\t}\n"
				+ "}\n";
	}
}

package org.tekigo.ui.wizards;

/** File > New > Tekigo Guideline: a minimal guideline with its weights declared and one section. */
public class NewGuidelineWizard extends NewTekigoFileWizard {

	public NewGuidelineWizard() {
		super(GUIDELINE);
	}
}

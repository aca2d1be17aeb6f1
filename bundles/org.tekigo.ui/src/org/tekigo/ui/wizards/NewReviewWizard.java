package org.tekigo.ui.wizards;

/** File > New > Tekigo Review: a hospital's review of a disclosure of the workspace, one empty verdict per answer. */
public class NewReviewWizard extends NewTekigoFileWizard {

	public NewReviewWizard() {
		super(REVIEW);
	}
}

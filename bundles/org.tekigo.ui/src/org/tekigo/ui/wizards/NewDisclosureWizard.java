package org.tekigo.ui.wizards;

/** File > New > Tekigo Disclosure: a vendor's disclosure of a catalog of the workspace, its items to answer on the Answers page. */
public class NewDisclosureWizard extends NewTekigoFileWizard {

	public NewDisclosureWizard() {
		super(DISCLOSURE);
	}
}

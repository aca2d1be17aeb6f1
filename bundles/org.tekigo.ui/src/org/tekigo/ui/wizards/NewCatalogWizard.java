package org.tekigo.ui.wizards;

/** File > New > Tekigo Catalog: a minimal catalog of measures, related to a guideline of the workspace if one is chosen. */
public class NewCatalogWizard extends NewTekigoFileWizard {

	public NewCatalogWizard() {
		super(CATALOG);
	}
}

package org.tekigo.dsl.naming;

import org.eclipse.xtext.naming.IQualifiedNameConverter;

/**
 * Qualified names are written with '/' because the guideline's own numbers contain dots
 * (section 8.1.2, group 1.1): {@code mhlw51/6.3/C/3}, {@code provider/1.1-①-1}.
 */
public class TekigoQualifiedNameConverter extends IQualifiedNameConverter.DefaultImpl {

	public static final String DELIMITER = "/";

	@Override
	public String getDelimiter() {
		return DELIMITER;
	}
}

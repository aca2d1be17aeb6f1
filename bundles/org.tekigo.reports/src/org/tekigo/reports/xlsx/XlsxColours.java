package org.tekigo.reports.xlsx;

import java.util.HexFormat;

import org.apache.poi.xssf.usermodel.XSSFColor;

/** RGB colours for styles and conditional formats, written as "C6EFCE". */
public final class XlsxColours {

	private XlsxColours() {
	}

	public static XSSFColor rgb(String hex) {
		return new XSSFColor(HexFormat.of().parseHex(hex), null);
	}
}

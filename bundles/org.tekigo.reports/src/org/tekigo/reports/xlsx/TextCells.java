package org.tekigo.reports.xlsx;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Puts text into cells so that a spreadsheet program never takes it for a formula. Comments are
 * written by vendors and read by hospitals: a comment such as {@code =HYPERLINK(...)} or
 * {@code -1+1} must stay text even after someone edits the cell and presses Enter, so such cells
 * get the quote-prefix style (the apostrophe Excel and LibreOffice show in the input line).
 * The quote-prefixed twin of each style is created once per workbook, not per cell.
 */
public final class TextCells {

	/** Excel's limit for the text of one cell. */
	public static final int MAX_CELL_TEXT = 32_767;
	/** Ends a text cut to fit a cell, so that no reader takes the rest for missing by mistake. */
	public static final String CUT_MARK = "…（セルの上限を超えるため以下省略）";

	private final Workbook workbook;
	private final Map<CellStyle, CellStyle> quotedTwins = new IdentityHashMap<>();

	public TextCells(Workbook workbook) {
		this.workbook = workbook;
	}

	/** Sets {@code text} (may be empty: the cell then stays blank) with {@code style}. */
	public void set(Cell cell, String text, CellStyle style) {
		if (text == null || text.isEmpty()) {
			cell.setCellStyle(style);
			return;
		}
		cell.setCellStyle(startsLikeFormula(text) ? quotedTwin(style) : style);
		cell.setCellValue(fitted(text));
	}

	/*
	 * A longer text would make POI throw and lose the whole report; a list of thousands of answer
	 * ids in a summary cell is the likely case, a 32,000-character comment hardly.
	 */
	static String fitted(String text) {
		if (text.length() <= MAX_CELL_TEXT) {
			return text;
		}
		int end = MAX_CELL_TEXT - CUT_MARK.length();
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + CUT_MARK;
	}

	/**
	 * The characters with which Excel or LibreOffice start a formula, including the full-width
	 * forms that a Japanese input method may produce and Excel converts.
	 */
	public static boolean startsLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
			default -> false;
		};
	}

	private CellStyle quotedTwin(CellStyle style) {
		return quotedTwins.computeIfAbsent(style, base -> {
			CellStyle twin = workbook.createCellStyle();
			twin.cloneStyleFrom(base);
			twin.setQuotePrefixed(true);
			return twin;
		});
	}
}

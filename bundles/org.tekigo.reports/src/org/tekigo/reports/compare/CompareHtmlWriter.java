package org.tekigo.reports.compare;

import org.tekigo.reports.nls.ReportMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.io.IOException;
import java.nio.file.Path;

import org.tekigo.reports.compare.CompareMatrix.Cell;
import org.tekigo.reports.compare.CompareMatrix.Part;
import org.tekigo.reports.compare.CompareMatrix.Row;
import org.tekigo.reports.compare.CompareMatrix.Vendor;
import org.tekigo.reports.io.AtomicFiles;
import org.tekigo.reports.model.DisclosureView.Status;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * The matrix as one self-contained HTML page: each vendor's totals, then the items, those where
 * vendors differ first, each cell coloured by its status. Every text from the model is escaped.
 */
public final class CompareHtmlWriter {

	private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

	private static final String STYLE = """
			* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			body { margin: 0 auto; padding: 24px 32px 48px; color: #1a1a1a;
				font: 14px/1.5 "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, "Noto Sans CJK JP", sans-serif; }
			h1 { font-size: 24px; margin: 0 0 4px; color: #1f3a5f; }
			h2 { font-size: 18px; margin: 28px 0 10px; padding-left: 10px; border-left: 6px solid #1f3a5f; }
			.meta { color: #555; margin: 0 0 16px; }
			table { border-collapse: collapse; margin: 8px 0 16px; }
			th, td { border: 1px solid #c9c9c9; padding: 4px 8px; vertical-align: top; text-align: left; }
			thead th { background: #eef1f5; position: sticky; top: 0; }
			td { white-space: pre-line; }
			td.num { text-align: right; }
			td.text { max-width: 36em; font-size: 13px; }
			.id { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; white-space: nowrap; }
			td.conformant { background: #c6efce; } td.nonconformant { background: #ffc7ce; }
			td.minimum { background: #f4b6b6; font-weight: bold; } td.notApplicable { background: #e7e6e6; }
			td.unanswered { background: #ffeb9c; } td.mixed { background: #fde9d9; } td.partly { background: #ffe0b2; }
			tr.differs td:first-child { border-left: 4px solid #c62828; }
			@page { size: A4 landscape; margin: 10mm; }
			""";

	public void write(CompareMatrix matrix, Path target) throws IOException {
		AtomicFiles.writeString(target, render(matrix));
	}

	public String render(CompareMatrix matrix) {
		StringBuilder html = new StringBuilder(128 * 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"").append(ReportMessages.Gap_htmlLang).append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
				.append(ReportMessages.Compare_title).append(" — ")
				.append(esc(matrix.catalogTitle())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
				.append("<h1>").append(ReportMessages.Compare_title).append("</h1>\n<p class=\"meta\">")
				.append(bind(ReportMessages.Compare_meta, new Object[] { esc(matrix.catalogTitle()), matrix.vendors().size(),
						matrix.rows().size(), matrix.differingItems() })).append("</p>\n");
		html.append("<section id=\"totals\">\n<h2>").append(ReportMessages.Compare_totals).append("</h2>\n<table>\n<thead><tr><th>")
				.append(ReportMessages.Compare_vendor).append("</th>");
		for (CompareMatrix.Total column : matrix.totalColumns()) {
			html.append("<th>").append(esc(column.header(matrix.words()))).append("</th>");
		}
		html.append("</tr></thead>\n<tbody>\n");
		for (Vendor vendor : matrix.vendors()) {
			html.append("<tr><th scope=\"row\">").append(esc(vendor.name())).append("</th>");
			for (CompareMatrix.Total column : matrix.totalColumns()) {
				html.append("<td class=\"num\">").append(column.of(vendor.totals())).append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n<section id=\"matrix\">\n<h2>").append(ReportMessages.Compare_matrix)
				.append("</h2>\n<table>\n<thead><tr><th>").append(ReportMessages.Compare_item).append("</th><th>").append(ReportMessages.Compare_text)
				.append("</th>");
		matrix.vendors().forEach(vendor -> html.append("<th>").append(esc(vendor.name())).append("</th>"));
		html.append("</tr></thead>\n<tbody>\n");
		for (Row row : matrix.rows()) {
			html.append(row.differs() ? "<tr class=\"differs\">" : "<tr>").append("<td class=\"id\">").append(esc(row.itemId()))
					.append(row.relatesToMinimum() ? " <b>" + esc(row.minimumWeight()) + "</b>" : "").append("</td><td class=\"text\">").append(esc(row.itemText()))
					.append("</td>");
			for (Cell cell : row.cells()) {
				html.append("<td class=\"").append(css(cell)).append("\">").append(esc(cell.text())).append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n</body>\n</html>\n");
		return html.toString();
	}

	private static String css(Cell cell) {
		if (cell.unanswered()) {
			return "unanswered";
		}
		if (cell.parts().stream().anyMatch(Part::minimumGap)) {
			return "minimum";
		}
		if (cell.parts().stream().map(Part::status).distinct().count() > 1) {
			return "mixed";
		}
		Status status = cell.parts().get(0).status();
		return switch (status.meaning()) {
			case FULFILLED -> "conformant";
			case PARTLY_FULFILLED -> "partly";
			case GAP -> "nonconformant";
			case NOT_APPLICABLE -> "notApplicable";
		};
	}

	private static String esc(String text) {
		return text == null ? "" : ESCAPER.escape(text);
	}
}

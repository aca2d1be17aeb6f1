package org.tekigo.importer.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the published checklist's columns by their printed headings, in whatever order a file
 * puts them and beside whatever other columns it has. The headings are those of the published
 * layout: 対策項目 over 大項目, 小項目 and 内容 (the measure heading and the item's text, one
 * heading over two columns); シナリオ例; 関連する…要求事項 over 項番, 区分, 内容（5.1版） and the
 * earlier version's 内容; …適合性; and "&lt;vendor&gt;の見解". The two plain 内容 headings are told
 * apart by the heading above them, or else by which stands over two columns.
 */
public final class Headings {

	/** A heading cell: its text and the columns it stands over (a merged heading spans several). */
	public record Heading(String text, int row, int first, int last) {

		String normalized() {
			return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
		}

		boolean over(Heading other) {
			return row < other.row && first <= other.first && other.last <= last;
		}
	}

	/** The columns found, by their physical index, and the vendor the comment heading names. */
	public record Found(Map<Column, Integer> columns, String vendor, int lastHeadingRow) {

		public boolean has(Column column) {
			return columns.containsKey(column);
		}
	}

	private static final Pattern VENDOR = Pattern.compile("(.+?)の?見解");
	private static final List<Column> REQUIRED = List.of(Column.CATEGORY, Column.GROUP, Column.MEASURE, Column.ITEM, Column.STATUS,
			Column.COMMENT);

	private Headings() {
	}

	/** The columns of the published layout among these headings; empty when one it needs is missing. */
	public static Optional<Found> find(List<Heading> headings) {
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		String vendor = null;
		int lastRow = -1;
		List<Heading> plainContent = new ArrayList<>();
		for (Heading heading : headings) {
			String text = heading.normalized();
			Column column = null;
			if (text.equals("大項目")) {
				column = Column.CATEGORY;
			} else if (text.equals("小項目")) {
				column = Column.GROUP;
			} else if (text.contains("シナリオ")) {
				column = Column.SCENARIO;
			} else if (text.equals("項番")) {
				column = Column.SECTION;
			} else if (text.equals("区分")) {
				column = Column.CLASS;
			} else if (text.startsWith("内容") && text.contains("版")) {
				column = Column.TEXT;
			} else if (text.contains("適合性") || text.endsWith("への適合")) {
				// A narrow heading printed in a PDF may be cut off to "ドラインへの適合".
				column = Column.STATUS;
			} else if (text.equals("内容")) {
				plainContent.add(heading);
			} else {
				Matcher commentHeading = VENDOR.matcher(text);
				if (text.endsWith("見解") && commentHeading.matches()) {
					column = Column.COMMENT;
					vendor = heading.text().strip().replaceAll("\\s*の?見解$", "").strip();
				}
			}
			if (column != null && !columns.containsKey(column)) {
				columns.put(column, heading.first());
				lastRow = Math.max(lastRow, heading.row());
			}
		}
		for (Heading content : plainContent) {
			boolean measures = headings.stream().anyMatch(above -> above.over(content) && above.normalized().startsWith("対策項目"))
					|| content.last() > content.first();
			boolean requirements = headings.stream().anyMatch(above -> above.over(content) && above.normalized().contains("要求事項"));
			if (measures && !requirements && !columns.containsKey(Column.ITEM)) {
				// Over two columns: the measure heading (①…) and the item's text; over one, the item's text alone.
				columns.put(Column.MEASURE, content.first());
				columns.put(Column.ITEM, content.last());
			} else if (!columns.containsKey(Column.PREVIOUS_TEXT)) {
				columns.put(Column.PREVIOUS_TEXT, content.first());
			}
			lastRow = Math.max(lastRow, content.row());
		}
		if (!columns.keySet().containsAll(REQUIRED) || columns.get(Column.MEASURE).equals(columns.get(Column.ITEM))) {
			return Optional.empty();
		}
		return Optional.of(new Found(columns, vendor == null || vendor.isEmpty() ? "vendor" : vendor, lastRow));
	}

	/** The headings the published layout needs, for a message about a table without them. */
	public static String needed() {
		return "大項目, 小項目, 内容 (measure and item), …適合性, …の見解";
	}
}

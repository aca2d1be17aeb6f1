package org.tekigo.reports.compare;

import org.tekigo.reports.nls.ReportMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tekigo.reports.model.DisclosureView;
import org.tekigo.reports.model.DisclosureView.AnswerView;
import org.tekigo.reports.model.DisclosureView.CategoryView;
import org.tekigo.reports.model.DisclosureView.GroupView;
import org.tekigo.reports.model.DisclosureView.ItemView;
import org.tekigo.reports.model.DisclosureView.MeasureView;
import org.tekigo.reports.model.DisclosureView.Meaning;
import org.tekigo.reports.model.DisclosureView.RequirementView;
import org.tekigo.reports.model.DisclosureView.Status;
import org.tekigo.reports.model.RelatedRequirements;
import org.tekigo.reports.model.ScaleWords;

/**
 * Vendors × items: for disclosures answering one catalog, each item's answer by each vendor,
 * the items where vendors differ first (then the rest, each part in catalog order), and each
 * vendor's totals counted from the cells (answers by meaning, unanswered items, gaps touching a
 * minimum requirement), so they can be checked against each disclosure's own gap report.
 */
public record CompareMatrix(String catalogTitle, List<Vendor> vendors, List<Row> rows, ScaleWords words, boolean weighed) {

	public record Vendor(String id, String name, Totals totals) {
	}

	/** Counted by meaning: conformant are the answers whose word means fulfilled, nonconformant the gaps. */
	public record Totals(int answers, int conformant, int nonconformant, int notApplicable, int unanswered, int minimumGaps,
			int partlyFulfilled) {
	}

	/** One item: where it stands in the catalog, and one cell per vendor, in the vendors' order. */
	public record Row(String category, String group, String itemId, String itemText, boolean relatesToMinimum, boolean differs,
			List<Cell> cells, String minimumWeight) {

		public Row(String category, String group, String itemId, String itemText, boolean relatesToMinimum, boolean differs,
				List<Cell> cells) {
			this(category, group, itemId, itemText, relatesToMinimum, differs, cells, relatesToMinimum ? "C" : "");
		}
	}

	/**
	 * A vendor's answer(s) to an item: one part when answered as a whole, one per requirement when
	 * answered per requirement, none when unanswered.
	 */
	public record Cell(List<Part> parts) {
		public boolean unanswered() {
			return parts.isEmpty();
		}

		/** "適合可能", "不適合（最低限）", "[8.1.2/C/2/5] 適合可能\n[8.1.2/D/2] 不適合", or "未回答". */
		public String text() {
			if (parts.isEmpty()) {
				return UNANSWERED;
			}
			List<String> lines = new ArrayList<>();
			for (Part part : parts) {
				lines.add((part.requirement() == null ? "" : "[" + part.requirement() + "] ") + part.status().label()
						+ (part.minimumGap() ? MINIMUM_MARK : ""));
			}
			return String.join("\n", lines);
		}
	}

	public record Part(String requirement, Status status, boolean minimumGap) {
	}

	public static final String UNANSWERED = ReportMessages.Compare_unanswered;
	public static final String MINIMUM_MARK = ReportMessages.Compare_minimumMark;

	/** The names of the minimum weights among an item's requirements ("C"), "" when it relates to none. */
	private static String minimumWeight(ItemView item) {
		return String.join("/", item.requirements().stream().filter(RequirementView::minimum).map(RequirementView::weight)
				.distinct().toList());
	}

	public static CompareMatrix of(List<DisclosureView> disclosures) {
		if (disclosures.size() < 2) {
			throw new IllegalArgumentException("compare needs two disclosures or more; found " + disclosures.size());
		}
		DisclosureView first = disclosures.get(0);
		List<Map<String, ItemView>> itemsByVendor = disclosures.stream().map(CompareMatrix::itemsById).toList();
		List<Row> differing = new ArrayList<>();
		List<Row> same = new ArrayList<>();
		for (CategoryView category : first.categories()) {
			for (GroupView group : category.groups()) {
				for (MeasureView measure : group.measures()) {
					for (ItemView item : measure.items()) {
						List<Cell> cells = itemsByVendor.stream().map(items -> cell(items.get(item.id()))).toList();
						boolean differs = cells.stream().map(Cell::text).distinct().count() > 1;
						Row row = new Row(category.label(), group.label(), item.id(), item.text(),
								item.requirements().stream().anyMatch(RequirementView::minimum), differs, cells, minimumWeight(item));
						(differs ? differing : same).add(row);
					}
				}
			}
		}
		List<Row> rows = new ArrayList<>(differing);
		rows.addAll(same);
		List<Vendor> vendors = new ArrayList<>();
		for (int v = 0; v < disclosures.size(); v++) {
			vendors.add(new Vendor(disclosures.get(v).id(), disclosures.get(v).vendor(), totals(rows, v)));
		}
		return new CompareMatrix(first.catalogTitle(), vendors, rows, ScaleWords.of(first), !first.standsAlone());
	}

	private static Map<String, ItemView> itemsById(DisclosureView disclosure) {
		Map<String, ItemView> items = new LinkedHashMap<>();
		disclosure.categories().forEach(c -> c.groups().forEach(g -> g.measures().forEach(m -> m.items().forEach(i -> items.put(i.id(), i)))));
		return items;
	}

	private static Cell cell(ItemView item) {
		if (item == null) {
			return new Cell(List.of());
		}
		List<Part> parts = new ArrayList<>();
		for (AnswerView answer : item.answers()) {
			boolean minimumGap = answer.status().isGap()
					&& RelatedRequirements.of(item, answer).stream().anyMatch(RequirementView::minimum);
			parts.add(new Part(answer.requirement() == null ? null : answer.requirement().id(), answer.status(), minimumGap));
		}
		return new Cell(parts);
	}

	private static Totals totals(List<Row> rows, int vendor) {
		int[] byMeaning = new int[Meaning.values().length];
		int answers = 0, unanswered = 0, minimumGaps = 0;
		for (Row row : rows) {
			Cell cell = row.cells().get(vendor);
			unanswered += cell.unanswered() ? 1 : 0;
			for (Part part : cell.parts()) {
				answers++;
				byMeaning[part.status().meaning().ordinal()]++;
				minimumGaps += part.minimumGap() ? 1 : 0;
			}
		}
		return new Totals(answers, byMeaning[Meaning.FULFILLED.ordinal()], byMeaning[Meaning.GAP.ordinal()],
				byMeaning[Meaning.NOT_APPLICABLE.ordinal()], unanswered, minimumGaps, byMeaning[Meaning.PARTLY_FULFILLED.ordinal()]);
	}

	/**
	 * The totals' columns that apply: a partly fulfilled and a not applicable count only when the
	 * scale has such words, the minimum gaps only when the catalog relates to a guideline's weights.
	 */
	public List<Total> totalColumns() {
		List<Total> columns = new java.util.ArrayList<>(List.of(Total.ANSWERS, Total.FULFILLED));
		if (words.has(Meaning.PARTLY_FULFILLED)) {
			columns.add(Total.PARTLY_FULFILLED);
		}
		columns.add(Total.GAPS);
		if (weighed) {
			columns.add(Total.MINIMUM_GAPS);
		}
		if (words.has(Meaning.NOT_APPLICABLE)) {
			columns.add(Total.NOT_APPLICABLE);
		}
		columns.add(Total.UNANSWERED);
		return columns;
	}

	/** A column of the totals: its header in this matrix's words, and its value for a vendor. */
	public enum Total {
		ANSWERS, FULFILLED, PARTLY_FULFILLED, GAPS, MINIMUM_GAPS, NOT_APPLICABLE, UNANSWERED;

		public String header(ScaleWords words) {
			return switch (this) {
				case ANSWERS -> ReportMessages.Compare_answers;
				case FULFILLED -> words.labels(Meaning.FULFILLED);
				case PARTLY_FULFILLED -> words.labels(Meaning.PARTLY_FULFILLED);
				case GAPS -> words.labels(Meaning.GAP);
				case MINIMUM_GAPS -> ReportMessages.Compare_minimumGaps;
				case NOT_APPLICABLE -> words.labels(Meaning.NOT_APPLICABLE);
				case UNANSWERED -> ReportMessages.Compare_unanswered;
			};
		}

		public int of(Totals totals) {
			return switch (this) {
				case ANSWERS -> totals.answers();
				case FULFILLED -> totals.conformant();
				case PARTLY_FULFILLED -> totals.partlyFulfilled();
				case GAPS -> totals.nonconformant();
				case MINIMUM_GAPS -> totals.minimumGaps();
				case NOT_APPLICABLE -> totals.notApplicable();
				case UNANSWERED -> totals.unanswered();
			};
		}
	}

	/** How many items the vendors answer differently. */
	public long differingItems() {
		return rows.stream().filter(Row::differs).count();
	}
}

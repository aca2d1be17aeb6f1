package org.tekigo.reports.checklist;

import java.util.List;
import java.util.Map;

/**
 * What a checklist workbook says: the answers by stable id in sheet order, and the cells that
 * could not be read as the text they should hold.
 */
public record EditedChecklist(Map<String, EditedAnswer> answers, List<CellNote> notes) {
}

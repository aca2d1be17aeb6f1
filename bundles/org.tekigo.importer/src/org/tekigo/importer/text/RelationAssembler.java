package org.tekigo.importer.text;

import org.tekigo.importer.nls.ImporterMessages;
import static org.eclipse.osgi.util.NLS.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the requirement columns of one printed answer line into relations.
 *
 * <p>An item that relates to several sections prints each column in parts separated by "-----":
 * part i of the section, class and quote columns belong together. A quote that covers both classes
 * of a section marks where each begins ("(C.最低限のガイドライン )"); such a part yields one relation
 * per class.
 */
final class RelationAssembler {

    private static final Pattern SECTION_CELL = Pattern.compile("(\\d+(?:\\.\\d+)+)(.*)");

    private record Segment(String kind, List<String> lines) {
    }

    List<Relation> assemble(RowCells cells, int rowLine) throws ChecklistFormatException {
        if (cells.noRelation) {
            return List.of();
        }
        // The 5.1 quote may hold blank lines of its own (between bullets, or one after every line
        // where the PDF spaced them out); the earlier version's cell never does in the published
        // layout, so the last quote block is the earlier version and all before it are 5.1.
        List<SourceLine> quoted = new ArrayList<>();
        List<SourceLine> earlier = new ArrayList<>();
        List<TextBlock> blocks = cells.quoteBlocks;
        for (int index = 0; index < blocks.size(); index++) {
            (index == blocks.size() - 1 && blocks.size() > 1 ? earlier : quoted).addAll(blocks.get(index).lines());
        }
        List<List<SourceLine>> sections = parts(cells.sectionLines);
        List<List<SourceLine>> classes = parts(cells.classLines);
        List<List<SourceLine>> quotedParts = parts(quoted);
        List<List<SourceLine>> earlierParts = parts(earlier);
        int count = Math.max(Math.max(sections.size(), classes.size()), Math.max(quotedParts.size(), earlierParts.size()));
        for (List<List<SourceLine>> column : List.of(sections, classes, quotedParts, earlierParts)) {
            if (!column.isEmpty() && column.size() != count) {
                throw new ChecklistFormatException(rowLine, bind(ImporterMessages.Format_columnsMisaligned, new Object[] {
                        sections.size(), classes.size(), quotedParts.size(), earlierParts.size() }));
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (int part = 0; part < count; part++) {
            relations.addAll(relationsOfPart(partOrEmpty(sections, part), partOrEmpty(classes, part),
                    texts(partOrEmpty(quotedParts, part)), texts(partOrEmpty(earlierParts, part))));
        }
        return relations;
    }

    private static List<Relation> relationsOfPart(List<SourceLine> sectionLines, List<SourceLine> classLines,
            List<String> quoted, List<String> earlier) {
        String section = null;
        String sectionTitle = null;
        if (!sectionLines.isEmpty()) {
            Matcher matcher = SECTION_CELL.matcher(WrappedText.join(texts(sectionLines)));
            if (matcher.matches()) {
                section = matcher.group(1);
                sectionTitle = matcher.group(2).strip();
            }
        }
        ClassCell classCell = classLines.isEmpty() ? ClassCell.BLANK : ClassCell.parse(classLines);
        List<Segment> quotedSegments = segmentsByClass(quoted);
        List<Segment> earlierSegments = segmentsByClass(earlier);
        List<Relation> relations = new ArrayList<>();
        if (quotedSegments.stream().allMatch(segment -> segment.kind() == null)) {
            List<RequirementSplitter.Draft> drafts = quoted.isEmpty() ? List.of() : RequirementSplitter.split(quoted);
            RequirementSplitter.attachPrevious(drafts, earlier);
            List<String> kinds = classCell.kinds().isEmpty() ? nullKind() : classCell.kinds();
            // A cell naming both classes without marking which quote is which: both classes relate
            // to the whole quote, since the document does not say more.
            for (String kind : kinds) {
                relations.add(relation(section, sectionTitle, kind, classCell, drafts));
            }
            return relations;
        }
        boolean earlierMarked = earlierSegments.stream().anyMatch(segment -> segment.kind() != null);
        List<RequirementSplitter.Draft> allDrafts = new ArrayList<>();
        List<List<RequirementSplitter.Draft>> draftsBySegment = new ArrayList<>();
        for (Segment segment : quotedSegments) {
            List<RequirementSplitter.Draft> drafts = RequirementSplitter.split(segment.lines());
            if (earlierMarked) {
                RequirementSplitter.attachPrevious(drafts, linesOfKind(earlierSegments, segment.kind()));
            }
            draftsBySegment.add(drafts);
            allDrafts.addAll(drafts);
        }
        if (!earlierMarked) {
            RequirementSplitter.attachPrevious(allDrafts, earlier);
        }
        for (int index = 0; index < quotedSegments.size(); index++) {
            String kind = quotedSegments.get(index).kind() != null ? quotedSegments.get(index).kind()
                    : classCell.singleKind();
            relations.add(relation(section, sectionTitle, kind, classCell, draftsBySegment.get(index)));
        }
        return relations;
    }

    private static Relation relation(String section, String sectionTitle, String kind, ClassCell classCell,
            List<RequirementSplitter.Draft> drafts) {
        return new Relation(section, sectionTitle, kind, classCell.qualifier(), classCell.heading(),
                drafts.stream().map(RequirementSplitter.Draft::toRequirementText).toList());
    }

    private static List<String> nullKind() {
        List<String> kinds = new ArrayList<>();
        kinds.add(null);
        return kinds;
    }

    private static List<Segment> segmentsByClass(List<String> lines) {
        List<Segment> segments = new ArrayList<>();
        for (String line : lines) {
            Matcher marker = CellPatterns.CLASS_MARKER.matcher(line.strip());
            if (marker.matches()) {
                segments.add(new Segment(marker.group(1), new ArrayList<>()));
            } else {
                if (segments.isEmpty()) {
                    segments.add(new Segment(null, new ArrayList<>()));
                }
                segments.get(segments.size() - 1).lines().add(line);
            }
        }
        segments.removeIf(segment -> segment.lines().isEmpty());
        return segments;
    }

    private static List<String> linesOfKind(List<Segment> segments, String kind) {
        return segments.stream().filter(segment -> kind != null && kind.equals(segment.kind()))
                .flatMap(segment -> segment.lines().stream()).toList();
    }

    private static List<List<SourceLine>> parts(List<SourceLine> lines) {
        List<List<SourceLine>> parts = new ArrayList<>();
        if (lines.isEmpty()) {
            return parts;
        }
        parts.add(new ArrayList<>());
        for (SourceLine line : lines) {
            if (CellPatterns.isPartSeparator(line.text())) {
                parts.add(new ArrayList<>());
            } else {
                parts.get(parts.size() - 1).add(line);
            }
        }
        return parts;
    }

    private static List<SourceLine> partOrEmpty(List<List<SourceLine>> parts, int index) {
        return index < parts.size() ? parts.get(index) : List.of();
    }

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).toList();
    }
}

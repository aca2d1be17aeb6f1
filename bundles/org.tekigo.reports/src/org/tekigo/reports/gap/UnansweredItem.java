package org.tekigo.reports.gap;

import java.util.List;

import org.tekigo.reports.model.DisclosureView.RequirementView;

/** A measure item the disclosure does not answer yet. */
public record UnansweredItem(ItemContext item, List<RequirementView> requirements) {
}

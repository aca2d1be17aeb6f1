package org.tekigo.importer.text;

import java.util.List;
import java.util.Objects;

/** A 小項目 such as "1.1" / "規程・手順の策定". */
public record Group(String number, String title, List<Measure> measures) {

    public Group {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
    }
}

package org.mmapbench.report.html;

/**
 * An extra section another part of mmapbench adds to {@code index.html} (the gate adds its verdict
 * table): shown after the tutorial table and before the per-workload sections.
 *
 * @param id the section's anchor id (letters, digits, {@code -} and {@code _})
 * @param title the heading text (escaped by the report)
 * @param bodyHtml the section's body as HTML markup, inserted as is: the caller escapes every text it
 *     puts in (use {@link org.mmapbench.util.HtmlText#escape}) and must not reference anything over the network
 */
public record HtmlSection(String id, String title, String bodyHtml) {
    /** Checks the id. */
    public HtmlSection {
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("section id must be letters, digits, - or _: " + id);
        }
    }
}

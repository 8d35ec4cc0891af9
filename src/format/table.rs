//! Column-aligned tables laid out as docker lays out `ps` and `images`.

use std::io::Write;

/// A table with a header row, printed with docker's layout: every column but the last is
/// padded to at least 10 characters and to its widest cell plus 3 spaces; the last column
/// is not padded, so lines carry no trailing blanks.
#[derive(Debug, Clone)]
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// docker's writer pads cells to max(width + 3, 10); `tabwriter` computes
/// max(width, minwidth) + padding, so its minwidth is 10 - 3.
const PADDING: usize = 3;
const MINWIDTH: usize = 10 - PADDING;

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    /// Add a row. It should have as many cells as the header.
    pub fn row(&mut self, cells: Vec<String>) -> &mut Table {
        debug_assert_eq!(cells.len(), self.header.len(), "table row width");
        self.rows.push(cells);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The laid-out table, one `\n`-terminated line per row, header first.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        // Writing into a Vec cannot fail.
        let _ = self.write_to(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Print the table on stdout. A closed pipe comes back as an io error of kind
    /// BrokenPipe, which the entry point treats as a normal end.
    pub fn print(&self) -> anyhow::Result<()> {
        if crate::term::stdout_off() {
            return Ok(());
        }
        let mut out = std::io::stdout().lock();
        self.write_to(&mut out)?;
        out.flush()?;
        Ok(())
    }

    pub fn write_to(&self, w: &mut dyn Write) -> std::io::Result<()> {
        let mut tw = writer(w);
        for line in std::iter::once(&self.header).chain(&self.rows) {
            let cells: Vec<String> = line.iter().map(|c| clean_cell(c)).collect();
            writeln!(tw, "{}", cells.join("\t"))?;
        }
        tw.flush()
    }
}

fn writer(w: &mut dyn Write) -> tabwriter::TabWriter<&mut dyn Write> {
    tabwriter::TabWriter::new(w)
        .minwidth(MINWIDTH)
        .padding(PADDING)
}

/// Lay out tab-separated lines (a rendered `table` template) in docker's columns.
pub(super) fn align(w: &mut dyn Write, text: &[u8]) -> std::io::Result<()> {
    let mut tw = writer(w);
    tw.write_all(text)?;
    tw.flush()
}

/// Tabs and line breaks inside a cell would break the layout; show them as spaces.
fn clean_cell(cell: &str) -> String {
    if cell.contains(['\t', '\n', '\r']) {
        cell.replace(['\t', '\n', '\r'], " ")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_layout_matches_docker() {
        let mut t = Table::new(&["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"]);
        t.row(vec![
            "busybox".into(),
            "latest".into(),
            "a416a98b71e2".into(),
            "2 weeks ago".into(),
            "4.26MB".into(),
        ]);
        assert_eq!(
            t.render(),
            "REPOSITORY   TAG       IMAGE ID       CREATED       SIZE\n\
             busybox      latest    a416a98b71e2   2 weeks ago   4.26MB\n"
        );
    }

    #[test]
    fn header_only_when_empty() {
        let t = Table::new(&["CONTAINER ID", "IMAGE", "NAMES"]);
        assert!(t.is_empty());
        assert_eq!(t.render(), "CONTAINER ID   IMAGE     NAMES\n");
    }

    #[test]
    fn short_columns_get_minimum_width_and_cells_stay_on_one_line() {
        let mut t = Table::new(&["A", "B"]);
        t.row(vec!["x\ty".into(), "multi\nline".into()]);
        assert_eq!(t.render(), "A         B\nx y       multi line\n");
    }

    #[test]
    fn wide_unicode_cells_align_by_display_width() {
        let mut t = Table::new(&["NAME", "X"]);
        t.row(vec!["日本語日本語".into(), "1".into()]);
        let out = t.render();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "NAME           X");
        assert_eq!(lines[1], "日本語日本語   1");
    }
}

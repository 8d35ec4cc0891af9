//! Image formats: references, image configs, hostile-tar layer unpacking, import/export.

pub mod reference;
pub mod unpack;

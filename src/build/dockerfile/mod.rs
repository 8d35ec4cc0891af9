//! A Dockerfile as written: parser directives, the global `ARG`s before the first `FROM`, and
//! the stages with their instructions. Words are kept unexpanded (`${VAR}` is substituted
//! by the builder, which knows the ARG and ENV values in scope at each step).

pub mod ast;

pub use ast::*;

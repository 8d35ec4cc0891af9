//! Container lifecycle over the store and the sandbox: create, start, wait, remove.

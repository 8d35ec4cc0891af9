//! Namespace descriptors.

use std::fs::File;
use std::os::fd::{AsRawFd, FromRawFd};

/// The user namespace that owns the namespace `ns` (NS_GET_USERNS), if the kernel says.
pub fn owner_userns(ns: &File) -> Option<File> {
    const NS_GET_USERNS: libc::c_ulong = 0xb701;
    // SAFETY: NS_GET_USERNS takes no argument and returns a new descriptor or -1.
    let fd = unsafe { libc::ioctl(ns.as_raw_fd(), NS_GET_USERNS) };
    // SAFETY: the ioctl returned a descriptor that nothing else owns.
    (fd >= 0).then(|| unsafe { File::from_raw_fd(fd) })
}

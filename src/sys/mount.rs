//! Mount calls rustix does not wrap.

use std::os::fd::{AsRawFd, BorrowedFd};

/// Make the detached mount `tree` show its files through the id map of `userns`
/// (mount_setattr with MOUNT_ATTR_IDMAP).
pub fn set_idmap(tree: BorrowedFd<'_>, userns: BorrowedFd<'_>) -> std::io::Result<()> {
    use linux_raw_sys::general::{MOUNT_ATTR_IDMAP, mount_attr};
    let attr = mount_attr {
        attr_set: MOUNT_ATTR_IDMAP.into(),
        attr_clr: 0,
        propagation: 0,
        userns_fd: userns.as_raw_fd() as u64,
    };
    // SAFETY: mount_setattr reads `size_of::<mount_attr>()` bytes from a live struct; the
    // path is an empty C string and both descriptors are open (borrowed).
    let ret = unsafe {
        libc::syscall(
            libc::SYS_mount_setattr,
            tree.as_raw_fd(),
            c"".as_ptr(),
            libc::AT_EMPTY_PATH,
            &attr as *const mount_attr,
            std::mem::size_of::<mount_attr>(),
        )
    };
    if ret < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

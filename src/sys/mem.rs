//! Handing memory back to the kernel (the long-lived monitor).

/// Drop the resident pages of our executable file mappings (they fault back in on use,
/// without fault-around, so only the few pages a loop runs stay resident) and free heap.
pub fn trim_resident() {
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else {
        return;
    };
    for line in maps.lines() {
        let mut f = line.split_whitespace();
        let (Some(range), Some(perms)) = (f.next(), f.next()) else {
            continue;
        };
        // Only executable, private, unwritten file mappings: their pages are always equal
        // to the file, so dropping them loses nothing.
        if perms != "r-xp" || f.nth(3).is_none_or(|path| !path.starts_with('/')) {
            continue;
        }
        let Some((a, b)) = range.split_once('-') else {
            continue;
        };
        let (Ok(start), Ok(end)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16))
        else {
            continue;
        };
        // SAFETY: the range is a whole mapping of our own, read-only and file-backed;
        // MADV_DONTNEED only drops its page table entries, MADV_RANDOM stops fault-around.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_RANDOM);
        }
    }
    // SAFETY: glibc's malloc_trim has no preconditions.
    unsafe { libc::malloc_trim(0) };
}

//! The process title: the argument block `/proc/PID/cmdline` shows.

/// Overwrite our inherited argument and environment strings with `words`, so
/// `/proc/PID/cmdline` (and `ps`) shows them. Nothing may read std's view of argv or the
/// environment afterwards (the caller goes on to exec with vectors of its own).
pub fn set(words: &[&str]) {
    let Some(area) = proc_title_area() else {
        return;
    };
    let mut title = Vec::new();
    for word in words {
        title.extend_from_slice(word.as_bytes());
        title.push(0);
    }
    let bytes = area.title_bytes(title);
    // SAFETY: [arg_start, env_end) is the block of argument and environment strings the
    // kernel laid out for this process (checked against /proc/self/stat), writable and
    // ours, and `bytes` fits it (title_bytes cuts it). The block stays NUL-terminated
    // strings, so a later reader of argv or the environment sees other text, never
    // memory outside it.
    unsafe {
        let base = area.arg_start as *mut u8;
        std::ptr::write_bytes(base, 0, area.env_end - area.arg_start);
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), base, bytes.len());
    }
}

/// Where our argument and environment strings lie (/proc/self/stat fields 48-51).
struct TitleArea {
    arg_start: usize,
    arg_end: usize,
    env_end: usize,
}

impl TitleArea {
    /// The bytes to write at `arg_start` for `title` (NUL-separated words): as they are
    /// when they fit the argument block; else joined with spaces into one string that runs
    /// on into the environment block (the kernel shows `/proc/PID/cmdline` up to its NUL
    /// when the argument block's last byte is not one), cut to fit.
    fn title_bytes(&self, mut title: Vec<u8>) -> Vec<u8> {
        if title.len() <= self.arg_end - self.arg_start {
            return title;
        }
        title.pop();
        for b in &mut title {
            if *b == 0 {
                *b = b' ';
            }
        }
        title.truncate(self.env_end - self.arg_start - 1);
        title.push(0);
        title
    }
}

fn proc_title_area() -> Option<TitleArea> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which may hold spaces: field 3 is the first here.
    let rest: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let field = |n: usize| rest.get(n - 3)?.parse::<usize>().ok();
    let area = TitleArea {
        arg_start: field(48)?,
        arg_end: field(49)?,
        env_end: field(51)?,
    };
    // The environment follows the arguments; anything else is not the layout we know.
    (field(50)? == area.arg_end && area.arg_start < area.arg_end && area.arg_end <= area.env_end)
        .then_some(area)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_fit_or_run_on_into_the_environment_block() {
        let area = TitleArea {
            arg_start: 100,
            arg_end: 120,
            env_end: 125,
        };
        assert_eq!(area.title_bytes(b"a\0b\0".to_vec()), b"a\0b\0");
        let long = b"berth-init\0--\0sleep\x001000\0".to_vec();
        assert_eq!(area.title_bytes(long), b"berth-init -- sleep 1000\0");
        let longer = b"berth-init\0--\0sleep\x00100000000\0".to_vec();
        assert_eq!(area.title_bytes(longer), b"berth-init -- sleep 1000\0");
    }

    #[test]
    fn our_own_title_area_is_found() {
        let area = proc_title_area().expect("the argument block of this test process");
        assert!(area.arg_end - area.arg_start >= std::env::args().map(|a| a.len() + 1).sum());
    }
}

//! Rebuilding a layer's exact tar stream from its extracted tree.
//!
//! An image config names its layers by the sha256 of their uncompressed tar streams (diff
//! ids), so `save` and `push` must hand out byte-identical tars, not fresh ones. While a
//! layer is extracted, everything in the stream except regular-file content (headers, PAX
//! records, padding, the end blocks) is recorded, gzip-compressed, in a "tar-split" file
//! beside the tree; the content is read back from the tree when the stream is rebuilt.
//!
//! Record format, repeated to the end of the (decompressed) file:
//! `b'R' <u32 len> <len bytes>` raw bytes of the stream, or
//! `b'F' <u64 size> <u32 len> <len bytes of path>` `size` bytes of the file at that tar path.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufReader, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use pathrs::Root;
use pathrs::flags::OpenFlags;

/// Name of the tar-split file inside a layer directory.
pub const FILE_NAME: &str = "tar-split.gz";

/// Raw bytes are flushed as one record once this many are pending.
const RAW_CHUNK: usize = 64 << 10;

/// Content ranges announced by the tar walker before its bytes pass through [`SplitTee`].
type Out = flate2::write::GzEncoder<io::BufWriter<File>>;

struct State {
    out: Out,
    pos: u64,
    raw: Vec<u8>,
    /// (start, len, path) of announced file contents, in stream order.
    pending: VecDeque<(u64, u64, Vec<u8>)>,
    /// Bytes of the current content range still to skip.
    skipping: u64,
    error: Option<io::Error>,
}

impl State {
    fn flush_raw(&mut self) -> io::Result<()> {
        if self.raw.is_empty() {
            return Ok(());
        }
        let len = u32::try_from(self.raw.len()).map_err(io::Error::other)?;
        self.out.write_all(b"R")?;
        self.out.write_all(&len.to_le_bytes())?;
        self.out.write_all(&self.raw)?;
        self.raw.clear();
        Ok(())
    }

    fn take(&mut self, mut buf: &[u8]) -> io::Result<()> {
        while !buf.is_empty() {
            if self.skipping > 0 {
                let n = buf
                    .len()
                    .min(usize::try_from(self.skipping).unwrap_or(usize::MAX));
                self.skipping -= n as u64;
                self.pos += n as u64;
                buf = &buf[n..];
                continue;
            }
            if self
                .pending
                .front()
                .is_some_and(|(start, _, _)| *start == self.pos)
                && let Some((_, len, path)) = self.pending.pop_front()
            {
                self.flush_raw()?;
                let plen = u32::try_from(path.len()).map_err(io::Error::other)?;
                self.out.write_all(b"F")?;
                self.out.write_all(&len.to_le_bytes())?;
                self.out.write_all(&plen.to_le_bytes())?;
                self.out.write_all(&path)?;
                self.skipping = len;
                continue;
            }
            // Raw bytes up to the next announced content start.
            let until = match self.pending.front() {
                Some((start, _, _)) if *start > self.pos => *start - self.pos,
                Some(_) => {
                    return Err(io::Error::other("tar-split: content range already passed"));
                }
                None => u64::MAX,
            };
            let n = buf.len().min(usize::try_from(until).unwrap_or(usize::MAX));
            self.raw.extend_from_slice(&buf[..n]);
            self.pos += n as u64;
            buf = &buf[n..];
            if self.raw.len() >= RAW_CHUNK {
                self.flush_raw()?;
            }
        }
        Ok(())
    }
}

/// The recording side, shared by the stream wrapper and the tar walker.
#[derive(Clone)]
pub struct Recorder(Rc<RefCell<State>>);

impl Recorder {
    /// Record into `file` (gzip-compressed).
    pub fn new(file: File) -> Recorder {
        let gz = flate2::write::GzEncoder::new(
            io::BufWriter::with_capacity(256 << 10, file),
            flate2::Compression::fast(),
        );
        Recorder(Rc::new(RefCell::new(State {
            out: gz,
            pos: 0,
            raw: Vec::new(),
            pending: VecDeque::new(),
            skipping: 0,
            error: None,
        })))
    }

    /// Wrap the uncompressed layer stream; the tar parser must read through the result.
    pub fn tee<R: Read>(&self, inner: R) -> SplitTee<R> {
        SplitTee {
            inner,
            rec: self.clone(),
        }
    }

    /// Announce that `len` bytes at stream offset `start` are the content of the regular
    /// file at tar path `path`, to be read back from the tree.
    pub fn file_content(&self, start: u64, len: u64, path: &Path) {
        if len > 0 {
            let mut s = self.0.borrow_mut();
            s.pending
                .push_back((start, len, path.as_os_str().as_bytes().to_vec()));
        }
    }

    /// Flush everything; the stream must have been read to its end.
    pub fn finish(self) -> io::Result<()> {
        let mut s = self.0.borrow_mut();
        if let Some(e) = s.error.take() {
            return Err(e);
        }
        if !s.pending.is_empty() || s.skipping > 0 {
            return Err(io::Error::other("tar-split: stream ended inside a file"));
        }
        s.flush_raw()?;
        s.out.try_finish()?;
        s.out.get_mut().flush()
    }
}

/// A reader that records what passes through into the [`Recorder`].
pub struct SplitTee<R> {
    inner: R,
    rec: Recorder,
}

impl<R: Read> Read for SplitTee<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut s = self.rec.0.borrow_mut();
        if s.error.is_none()
            && let Err(e) = s.take(&buf[..n])
        {
            s.error = Some(e);
        }
        Ok(n)
    }
}

/// One piece of a rebuilt stream.
enum Piece {
    Raw(Vec<u8>),
    File { size: u64, path: PathBuf },
}

fn read_piece(r: &mut impl Read) -> io::Result<Option<Piece>> {
    let mut tag = [0u8; 1];
    match r.read_exact(&mut tag) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let mut u32b = [0u8; 4];
    match tag[0] {
        b'R' => {
            r.read_exact(&mut u32b)?;
            let len = u32::from_le_bytes(u32b) as usize;
            if len > RAW_CHUNK * 4 {
                return Err(corrupt("raw record too long"));
            }
            let mut data = vec![0u8; len];
            r.read_exact(&mut data)?;
            Ok(Some(Piece::Raw(data)))
        }
        b'F' => {
            let mut u64b = [0u8; 8];
            r.read_exact(&mut u64b)?;
            r.read_exact(&mut u32b)?;
            let plen = u32::from_le_bytes(u32b) as usize;
            if plen > 1 << 20 {
                return Err(corrupt("path record too long"));
            }
            let mut path = vec![0u8; plen];
            r.read_exact(&mut path)?;
            Ok(Some(Piece::File {
                size: u64::from_le_bytes(u64b),
                path: PathBuf::from(std::ffi::OsStr::from_bytes(&path)),
            }))
        }
        _ => Err(corrupt("unknown record")),
    }
}

fn corrupt(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("corrupt tar-split: {what}"),
    )
}

fn open_split(layer_dir: &Path) -> io::Result<impl Read> {
    let path = layer_dir.join(FILE_NAME);
    let f = File::open(&path).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!(
                "{}: {e} (layer stored before tar-split records existed; re-import the image)",
                path.display()
            ),
        )
    })?;
    Ok(BufReader::new(flate2::read::GzDecoder::new(
        BufReader::new(f),
    )))
}

/// Length of the rebuilt stream, from the records alone (a tar entry header needs it first).
pub fn stream_len(layer_dir: &Path) -> io::Result<u64> {
    let mut r = open_split(layer_dir)?;
    let mut total = 0u64;
    while let Some(p) = read_piece(&mut r)? {
        total += match p {
            Piece::Raw(d) => d.len() as u64,
            Piece::File { size, .. } => size,
        };
    }
    Ok(total)
}

/// Write the layer's original tar stream to `out`. Returns the bytes written. Files are
/// resolved inside the tree the way extraction placed them (symlinks stay inside).
pub fn rebuild(layer_dir: &Path, out: &mut impl Write) -> io::Result<u64> {
    let mut r = open_split(layer_dir)?;
    let diff = layer_dir.join("diff");
    let root =
        Root::open(&diff).map_err(|e| io::Error::other(format!("{}: {e}", diff.display())))?;
    let mut total = 0u64;
    while let Some(p) = read_piece(&mut r)? {
        match p {
            Piece::Raw(d) => {
                out.write_all(&d)?;
                total += d.len() as u64;
            }
            Piece::File { size, path } => {
                let f = root
                    .open_subpath(&path, OpenFlags::O_RDONLY | OpenFlags::O_NOFOLLOW)
                    .map_err(|e| io::Error::other(format!("layer file {}: {e}", path.display())))?;
                let n = io::copy(&mut f.take(size), out)?;
                if n != size {
                    return Err(io::Error::other(format!(
                        "layer file {} is shorter than when it was extracted",
                        path.display()
                    )));
                }
                total += n;
            }
        }
    }
    Ok(total)
}

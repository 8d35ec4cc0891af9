//! The container's tap device as a smoltcp [`Device`]: frames read from the tap wait in a
//! bounded queue until the interface takes them; frames the interface sends are written
//! straight to the tap.

use std::collections::VecDeque;
use std::io::ErrorKind;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};

use smoltcp::phy::{self, Device, DeviceCapabilities, Medium};
use smoltcp::time::Instant;

use super::MTU;

/// Ethernet header length.
pub const ETH_HEADER: usize = 14;

/// The most frames read from the tap in one round: the rest wait in the kernel's queue,
/// so one busy container cannot hold the loop.
pub const READ_BURST: usize = 64;

pub struct Tap {
    fd: OwnedFd,
    /// Frames read from the tap, for the interface.
    rx: VecDeque<Vec<u8>>,
    /// One frame being sent.
    scratch: Vec<u8>,
}

impl Tap {
    pub fn new(fd: OwnedFd) -> std::io::Result<Tap> {
        rustix::fs::fcntl_setfl(&fd, rustix::fs::OFlags::NONBLOCK)?;
        Ok(Tap {
            fd,
            rx: VecDeque::new(),
            scratch: Vec::new(),
        })
    }

    /// Read one frame; None when none is waiting (or the tap is gone).
    pub fn read_frame(&mut self) -> Option<Vec<u8>> {
        self.scratch.resize(MTU as usize + ETH_HEADER, 0);
        match rustix::io::read(&self.fd, &mut self.scratch[..]) {
            Ok(n) if n > 0 => Some(self.scratch[..n].to_vec()),
            Ok(_) => None,
            Err(e) => {
                if std::io::Error::from(e).kind() != ErrorKind::WouldBlock {
                    log::debug!("usermode: reading the tap: {e}");
                }
                None
            }
        }
    }

    /// Queue a frame for the interface.
    pub fn push_rx(&mut self, frame: Vec<u8>) {
        self.rx.push_back(frame);
    }

    /// Write one whole frame to the tap; a frame the kernel has no room for is dropped
    /// (as a full link would), TCP sends it again.
    pub fn write_frame(&self, frame: &[u8]) {
        write_frame(self.fd.as_fd(), frame);
    }
}

fn write_frame(fd: BorrowedFd<'_>, frame: &[u8]) {
    if let Err(e) = rustix::io::write(fd, frame) {
        log::debug!("usermode: writing to the tap: {e}");
    }
}

impl AsFd for Tap {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

pub struct RxToken(Vec<u8>);

pub struct TxToken<'a> {
    fd: BorrowedFd<'a>,
    scratch: &'a mut Vec<u8>,
}

impl phy::RxToken for RxToken {
    fn consume<R, F: FnOnce(&[u8]) -> R>(self, f: F) -> R {
        f(&self.0)
    }
}

impl phy::TxToken for TxToken<'_> {
    fn consume<R, F: FnOnce(&mut [u8]) -> R>(self, len: usize, f: F) -> R {
        self.scratch.resize(len, 0);
        let r = f(&mut self.scratch[..len]);
        write_frame(self.fd, &self.scratch[..len]);
        r
    }
}

impl Device for Tap {
    type RxToken<'a> = RxToken;
    type TxToken<'a> = TxToken<'a>;

    fn receive(&mut self, _: Instant) -> Option<(RxToken, TxToken<'_>)> {
        let frame = self.rx.pop_front()?;
        Some((
            RxToken(frame),
            TxToken {
                fd: self.fd.as_fd(),
                scratch: &mut self.scratch,
            },
        ))
    }

    fn transmit(&mut self, _: Instant) -> Option<TxToken<'_>> {
        Some(TxToken {
            fd: self.fd.as_fd(),
            scratch: &mut self.scratch,
        })
    }

    fn capabilities(&self) -> DeviceCapabilities {
        let mut caps = DeviceCapabilities::default();
        caps.medium = Medium::Ethernet;
        caps.max_transmission_unit = MTU as usize + ETH_HEADER;
        caps
    }
}

/// Write into `buf` an Ethernet frame from `from` to `to` carrying the IPv4 packet `ip`,
/// whose payload `emit` writes.
pub fn ipv4_frame(
    buf: &mut Vec<u8>,
    (from, to): (
        smoltcp::wire::EthernetAddress,
        smoltcp::wire::EthernetAddress,
    ),
    ip: &smoltcp::wire::Ipv4Repr,
    emit: impl FnOnce(&mut [u8]),
) {
    use smoltcp::wire::{EthernetFrame, EthernetProtocol, EthernetRepr, Ipv4Packet};
    let eth = EthernetRepr {
        src_addr: from,
        dst_addr: to,
        ethertype: EthernetProtocol::Ipv4,
    };
    buf.clear();
    buf.resize(ETH_HEADER + ip.buffer_len() + ip.payload_len, 0);
    let mut f = EthernetFrame::new_unchecked(&mut buf[..]);
    eth.emit(&mut f);
    let mut p = Ipv4Packet::new_unchecked(f.payload_mut());
    ip.emit(&mut p, &smoltcp::phy::ChecksumCapabilities::default());
    emit(p.payload_mut());
}

//! Capabilities: the container keeps the conventional default set, nothing more.

use caps::{CapSet, Capability, CapsHashSet};

/// The default set granted to root in a container.
pub const DEFAULT: [Capability; 14] = [
    Capability::CAP_CHOWN,
    Capability::CAP_DAC_OVERRIDE,
    Capability::CAP_FSETID,
    Capability::CAP_FOWNER,
    Capability::CAP_MKNOD,
    Capability::CAP_NET_RAW,
    Capability::CAP_SETGID,
    Capability::CAP_SETUID,
    Capability::CAP_SETFCAP,
    Capability::CAP_SETPCAP,
    Capability::CAP_NET_BIND_SERVICE,
    Capability::CAP_SYS_CHROOT,
    Capability::CAP_KILL,
    Capability::CAP_AUDIT_WRITE,
];

/// Shrink the bounding set to `keep`. Must run while we still hold CAP_SETPCAP (before the
/// uid switch).
pub fn limit_bounding(keep: &[Capability]) -> anyhow::Result<()> {
    for cap in caps::all() {
        if !keep.contains(&cap) && caps::has_cap(None, CapSet::Bounding, cap).unwrap_or(false) {
            caps::drop(None, CapSet::Bounding, cap)
                .map_err(|e| anyhow::anyhow!("dropping {cap} from the bounding set: {e}"))?;
        }
    }
    Ok(())
}

/// After the uid switch: root in the container gets exactly `keep`; other users none
/// (the kernel already cleared them on setuid). Used by `exec`; containers themselves go
/// through `security::apply`.
pub fn set_process_caps(keep: &[Capability], uid: u32) -> anyhow::Result<()> {
    let set: CapsHashSet = if uid == 0 {
        keep.iter().copied().collect()
    } else {
        CapsHashSet::new()
    };
    caps::clear(None, CapSet::Ambient)
        .map_err(|e| anyhow::anyhow!("clearing ambient caps: {e}"))?;
    for which in [CapSet::Effective, CapSet::Permitted, CapSet::Inheritable] {
        caps::set(None, which, &set).map_err(|e| anyhow::anyhow!("setting {which:?} caps: {e}"))?;
    }
    Ok(())
}

//! The image a container is made from: from the store, or pulled first as the pull policy
//! says. `run` and `create` use it, and so can anything else that runs containers.

use anyhow::Context as _;

use super::pull::{Progress, PullRequest, Pulled, pull};
use crate::config::RegistriesConfig;
use crate::image::manifest::Platform;
use crate::spec::ImageRef;
use crate::store::{ImageRecord, Store, StoreError};

/// When an image is pulled before a container is made from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PullPolicy {
    Always,
    Missing,
    Never,
    /// Pull when the registry's image differs from the stored one; a failed pull falls
    /// back to the stored image.
    Newer,
}

/// Where the image came from; a pulled one with the progress that showed its transfer.
pub enum Resolved<P> {
    Stored(ImageRecord),
    Pulled(Pulled, P),
}

/// Find `reference` in the store (the built-in hello-world is imported on first use) or
/// pull it, as `policy` says, with the progress `progress` makes (only when it pulls). The
/// caller owns the store's files (the user namespace).
pub fn resolve<P: Progress>(
    store: &Store,
    registries: &RegistriesConfig,
    reference: &ImageRef,
    policy: PullPolicy,
    platform: Option<Platform>,
    progress: impl FnOnce() -> P,
) -> anyhow::Result<Resolved<P>> {
    let local = crate::image::resolve_for_run(store, reference);
    let need = matches!(
        (policy, &local),
        (PullPolicy::Always | PullPolicy::Newer, _)
            | (
                PullPolicy::Missing,
                Err(crate::image::Error::Store(StoreError::NoSuchImage(_)))
            )
    );
    if !need {
        return Ok(Resolved::Stored(local?));
    }
    let req = PullRequest {
        reference: reference.clone(),
        platform,
        tls_verify: None,
    };
    let progress = progress();
    let pulled = match (pull(store, registries, &req, &progress), policy, local) {
        (Ok(pulled), ..) => pulled,
        (Err(e), PullPolicy::Newer, Ok(image)) => {
            log::info!("pulling {reference} failed, using the stored image: {e:#}");
            return Ok(Resolved::Stored(image));
        }
        (Err(e), ..) => {
            return Err(e).with_context(|| {
                format!("image {reference} is not in the store and pulling it failed")
            });
        }
    };
    Ok(Resolved::Pulled(pulled, progress))
}

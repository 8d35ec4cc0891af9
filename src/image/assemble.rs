//! Turning fetched parts (a verified config blob and extracted layers) into a stored image:
//! chain ids, sizes, layers needed at several positions, the commit and the names. Shared by
//! `load` and `pull`.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Seek};

use super::Result;
use super::layer;
use super::unpack::{Limits, Unpacked};
use crate::spec::ImageRef;
use crate::spec::reference::Reference;
use crate::store::images::NewLayer;
use crate::store::layers::{LayerRecord, StagedLayer, chain_id};
use crate::store::{ImageRecord, Store, StoreError};

/// One extracted layer, with what extraction found.
#[derive(Debug)]
pub struct Extracted {
    pub staged: StagedLayer,
    pub unpacked: Unpacked,
}

/// An image ready to commit: `record` comes from [`super::manifest::parse_config`];
/// `layer_keys[i]` names the extracted layer (in the pool) for diff id `i`, or `None` when
/// that position's chain is already in the store.
#[derive(Debug)]
pub struct Planned {
    pub config: Vec<u8>,
    pub record: ImageRecord,
    pub layer_keys: Vec<Option<String>>,
    pub names: Vec<Reference>,
    /// The config's media type as its manifest gave it (docker's or OCI's: the format the
    /// image arrived in).
    pub config_type: String,
}

/// Chain ids of a record's diff ids, lowest first.
pub fn chain_ids(diff_ids: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(diff_ids.len());
    for d in diff_ids {
        let parent = out.last().map(String::as_str);
        out.push(chain_id(parent, d));
    }
    out
}

/// Commit every planned image, in order, taking extracted layers from `pool`. A layer used
/// at several chain positions is duplicated (rebuilt from its tar-split) first. Unused
/// extracted layers are dropped at the end, so nothing partial stays.
pub fn commit_all(
    store: &Store,
    images: Vec<Planned>,
    mut pool: HashMap<String, Extracted>,
) -> Result<Vec<ImageRecord>> {
    // How many distinct missing chains each pooled layer must fill.
    let mut uses: HashMap<String, Vec<String>> = HashMap::new();
    for img in &images {
        for (key, chain) in img.layer_keys.iter().zip(chain_ids(&img.record.diff_ids)) {
            if let Some(k) = key {
                let v = uses.entry(k.clone()).or_default();
                if !v.contains(&chain) {
                    v.push(chain);
                }
            }
        }
    }
    // chain id -> extracted layer for it.
    let mut by_chain: HashMap<String, Extracted> = HashMap::new();
    for (key, chains) in uses {
        let Some(first) = pool.remove(&key) else {
            return Err(StoreError::Invalid(format!("layer {key} was never extracted")).into());
        };
        for chain in chains.iter().skip(1) {
            by_chain.insert(chain.clone(), duplicate(store, &first)?);
        }
        by_chain.insert(chains[0].clone(), first);
    }
    drop(pool);

    let mut out = Vec::new();
    for img in images {
        let chains = chain_ids(&img.record.diff_ids);
        let mut record = img.record;
        let mut layers = Vec::new();
        let mut size = 0u64;
        let mut parent: Option<String> = None;
        for (diff_id, chain) in record.diff_ids.iter().zip(&chains) {
            match by_chain.remove(chain) {
                Some(ex) => {
                    size += ex.unpacked.size;
                    layers.push(NewLayer {
                        record: LayerRecord {
                            diff_id: diff_id.clone(),
                            chain_id: chain.clone(),
                            parent: parent.clone(),
                            size: ex.unpacked.size,
                            owners: Some(ex.unpacked.owners),
                        },
                        staged: Some(ex.staged),
                    });
                }
                None => {
                    let rec = store.layer(chain)?;
                    size += rec.size;
                    layers.push(NewLayer {
                        record: rec,
                        staged: None,
                    });
                }
            }
            parent = Some(chain.clone());
        }
        record.layers = chains;
        record.size = size;
        store.commit_image(&img.config, &record, layers, img.names.first())?;
        for extra in img.names.iter().skip(1) {
            store.tag_image(&ImageRef::id(&record.id), extra)?;
        }
        out.push(record);
    }
    Ok(out)
}

/// A second extraction of the same layer, rebuilt from the first one's tar-split.
fn duplicate(store: &Store, ex: &Extracted) -> Result<Extracted> {
    let tmp = ex.staged.dir().join("dup.tar");
    let mut f = File::options()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(|e| StoreError::io(&tmp, e))?;
    layer::write_staged_tar(ex.staged.dir(), &ex.unpacked.diff_id, &mut f)?;
    f.rewind().map_err(|e| StoreError::io(&tmp, e))?;
    let (staged, unpacked) = layer::extract(store, BufReader::new(&f), &Limits::default())?;
    drop(f);
    let _ = std::fs::remove_file(&tmp);
    Ok(Extracted { staged, unpacked })
}

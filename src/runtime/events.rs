//! The events the lifecycle appends to the journal (`store::events`), with docker's
//! attributes: a container's name, image and labels; an image's name.

use crate::store::Store;
use crate::store::containers::ContainerRecord;
use crate::store::events::Event;

/// A container event: `name`, `image` and the container's labels as attributes.
pub fn container_event(rec: &ContainerRecord, action: &str) -> Event {
    let mut ev = Event::new("container", action, &rec.id)
        .attr("name", rec.name.as_str())
        .attr("image", rec.image_name.as_str());
    for (k, v) in &rec.spec.labels {
        ev.actor
            .attributes
            .entry(k.clone())
            .or_insert_with(|| v.clone());
    }
    ev
}

pub fn container(store: &Store, rec: &ContainerRecord, action: &str) {
    store.emit(container_event(rec, action));
}

/// `die` with the exit code (and `oom` first when the kernel killed it for memory).
pub fn died(store: &Store, rec: &ContainerRecord, code: i32, oom: bool) {
    if oom {
        container(store, rec, "oom");
    }
    store.emit(container_event(rec, "die").attr("exitCode", code.to_string()));
}

/// An image event: the id, and the name it was used by when there is one.
pub fn image(store: &Store, action: &str, id: &str, name: &str) {
    let mut ev = Event::new("image", action, id);
    if !name.is_empty() {
        ev = ev.attr("name", name);
    }
    store.emit(ev);
}

/// `mount` of each volume a container starts with.
pub fn volumes_mounted(store: &Store, rec: &ContainerRecord) {
    for m in &rec.spec.mounts {
        if let Some(v) = &m.volume {
            store.emit(
                Event::new("volume", "mount", &v.name)
                    .attr("container", rec.id.as_str())
                    .attr("destination", m.destination.as_str())
                    .attr("read/write", (!m.read_only).to_string()),
            );
        }
    }
}

/// A network event as docker's: the network's id, with its name and driver (`type`), and
/// the container for `connect`/`disconnect`.
pub fn network(
    store: &Store,
    net: &crate::network::config::Network,
    action: &str,
    container: Option<&str>,
) {
    let mut ev = Event::new("network", action, &net.id)
        .attr("name", net.name.as_str())
        .attr("type", net.driver.as_str());
    if let Some(c) = container {
        ev = ev.attr("container", c);
    }
    store.emit(ev);
}

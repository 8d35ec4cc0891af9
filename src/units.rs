//! docker-compatible units: sizes ("512m" is 512 MiB, as docker's RAMInBytes), human sizes
//! ("1.08MB"), and human durations ("2 minutes ago").

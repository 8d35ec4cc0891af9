//! Network modes, loopback, and the /etc/hosts, /etc/hostname, /etc/resolv.conf files.

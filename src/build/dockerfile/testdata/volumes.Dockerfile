FROM ubuntu:14.04
VOLUME ["/datavolume1","/datavolume2"]
CMD /bin/bash

FROM ubuntu:14.04
RUN apt-get install -y ping
RUN apt-get update
RUN apt-get install -y curl
EXPOSE 80
CMD /bin/bash

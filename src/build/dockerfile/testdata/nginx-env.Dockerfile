FROM ubuntu:14.04
MAINTAINER navicate "xxx@163.com"
ENV REFRESH_DATE 2015-04-01
RUN apt-get update
RUN apt-get install -y nginx
EXPOSE 80

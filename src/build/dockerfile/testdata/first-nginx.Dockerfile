#First Dockerfile
From ubuntu:14.04
MAINTAINER own "xxx@163.com"
RUN apt-get update
RUN apt-get install -y nginx
EXPOSE 80

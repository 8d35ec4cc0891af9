From ubuntu:22.04
#使用Ubuntu为基础镜像

LABEL maintainer="<2023091201003@uestc.edu.cn>"
#维护者信息

WORKDIR /app
#设置工作目录

RUN apt-get update && apt-get install -y \
    nginx \
    python3 \
    python3-distutils
#安装nginx&python

RUN rm -rf /var/lib/apt/lists/*
#清理apt软件包缓存

EXPOSE 80
#声明暴露端口

CMD["nginx","-g","daemon off;"]
#设置启动命令

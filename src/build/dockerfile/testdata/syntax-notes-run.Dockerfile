# 1. From必须是已经存在的镜像，后续操作都基于此镜像
From <image> | <image>>:<tag>

# 2. 维护者信息，一般是名字+邮箱
MAINTAINER navicate "xxx@163.com"

# 3. 镜像中运行的命令，支持两种模式
# shell模式
RUN <command> (/bin/sh -c command形式执行)
RUN echo hello 
# exec模式
RUN ["executable", "param1", "param2"]
RUN ["/bin/bash", "-c", "echo hello"]
# 每一条RUN就会当前镜像的上层新建一层运行指令

# 4. 使用的端口，可以是一个或者多个
EXPOSE <port>[<port>...]
# docker run -p 80 -d myimage/df_test1 nginx -g "daemon off";
# 这里处于安全的考虑docker并不会自动打开，仍然需要手动的设定映射端口

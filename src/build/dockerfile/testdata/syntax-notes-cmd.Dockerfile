# 1. CMD用来提供容器运行时命令与RUN类似，在shell中的命令会覆盖这条命令
# shell模式
CMD <command> param1 param2
CMD echo hello 
# exec模式
CMD ["executable", "param1", "param2"]
CMD ["/bin/bash", "-c", "echo hello"]
# 作为ENTRYPOINT指令默认参数
CMD ["param1", "param2"]
# 例：以前台模式运行nginx
CMD ["/usr/sbin/nginx","g","daemon off"]

# 2. ENTRYPOINT用来提供容器运行时命令与CMD类似，不同在于默认不会被shell中的命令覆盖
# 如果需要覆盖可使用docker run --entrypoint覆盖
# shell模式
ENTRYPOINT <command> param1 param2
ENTRYPOINT echo hello 
# exec模式
ENTRYPOINT ["executable", "param1", "param2"]
ENTRYPOINT ["/bin/bash", "-c", "echo hello"]
# 例：以前台模式运行nginx
ENTRYPOINT ["/usr/sbin/nginx","g","daemon off"]

# 3. ADD和COPY将文件复制到使用Dockerfile构建的镜像中
ADD <src>...<dest>
ADD ["<src>"..."<dest>"] #(适用于文件路径中有空格的情况)

COPY <src>...<dest>
COPY ["<src>"..."<dest>"] #(适用于文件路径中有空格的情况)
# <src>	 是构建镜像中的相对路径
# <dest> 是构建镜像中的绝对路径
# 区别：ADD包含类似tar的解压缩功能，单纯复制文件，推荐使用COPY
#例：index.html与dockerfile在同一路径下，用于替换nginx默认页
COPY index.html /usr/share/nginx/html/

# 4. VOLUME
ADD ["/data"]

# 5. WORKDIR镜像创建容器时，在容器内部设置工作目录，ENTRYPOINT和CMD默认这个工作目录下执行
WORKDIR /path/to/workdir # 使用相对路径，后续还有WORKDIR则会传递
# 例：
WORKDIR /a
WORKDIR b
WORKDIR c
RUN pwd
# 结果为：/a/b/c

# 6. ENV用于设置环境变量
ENV <key><value>
ENV <key>=<value> ...

# 7. USER指定镜像会以什么样的用户去运行(不指定则为root用户)
USER daemon
# 例：
USER nginx
USER user
USER user:group
USER user:gid
USER user:uid
...

# 8. ONBUILD镜像触发器，当一个镜像被其他镜像作为基础镜像时执行,子镜像在构建时插入指令
ONBUILD [INSTRUCTION]
# 例：
ONBUILD COPY index.html /usr/share/nginx/html/
# 这个指令在当前构建的过程中，不会执行，当前的镜像作为其他镜像的基础镜像时则会触发执行

#基于centos镜像
FROM centos
    
#维护人的信息
MAINTAINER The CentOS Project <xxxx@xxx.com>
    
#安装httpd软件包
RUN yum -y update
RUN yum -y install httpd
    
#开启80端口
EXPOSE 80
    
#复制网站首页文件至镜像中web站点下
ADD index.html /var/www/html/index.html
    
#复制该脚本至镜像中,并修改其权限
ADD run.sh /run.sh
RUN chmod 775 /run.sh
    
#当启动容器时执行的脚本文件
CMD ["/run.sh"]

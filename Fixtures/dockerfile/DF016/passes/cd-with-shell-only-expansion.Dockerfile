FROM php:8.4-fpm
RUN cd "${PHP_INI_DIR%/php}" && cp php.ini-production php.ini

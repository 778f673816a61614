FROM python:3.9-slim AS py
FROM alpine:3.19 AS tools
FROM debian:bullseye-slim AS deb
FROM bitnami/postgresql:16 AS db
FROM ruby:3.2-alpine3.21

FROM python:3.13-slim AS py
FROM node:24-alpine3.22 AS js
FROM ruby:3.3-slim-trixie AS rb
FROM golang:1.27-alpine AS go
FROM node:lts-slim

ARG BASE_IMAGE=python
FROM ${BASE_IMAGE}
CMD ["python"]

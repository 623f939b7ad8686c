package io.kumo.api.http;

/** The HTTP methods the API routes use. */
public enum ApiMethod { GET, POST, PUT, DELETE }

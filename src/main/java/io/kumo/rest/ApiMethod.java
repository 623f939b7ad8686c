package io.kumo.rest;

import io.javalin.http.HandlerType;

/** The HTTP methods the API routes use. */
public enum ApiMethod {
    GET, POST, PUT, DELETE;

    public HandlerType handlerType() {
        return switch (this) {
            case GET -> HandlerType.GET;
            case POST -> HandlerType.POST;
            case PUT -> HandlerType.PUT;
            case DELETE -> HandlerType.DELETE;
        };
    }
}

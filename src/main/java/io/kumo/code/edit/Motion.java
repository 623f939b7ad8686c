package io.kumo.code.edit;

/** Where an arrow, Home or End key moves every caret. */
public enum Motion { LEFT, RIGHT, UP, DOWN, LINE_START, LINE_END }

package org.iretlab.verdict;

/** Which judge decides a finding kind: the static analyser, the execution oracle, or both. */
public enum Side { STATIC, ORACLE, BOTH }

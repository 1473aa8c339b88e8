package org.mmapbench.access;

/** Whether an access strategy copies file bytes into the program (regular) or maps the file (mapped). */
public enum AccessKind {
    /** The bytes are copied from the page cache into a heap array or a native buffer by read calls. */
    REGULAR,
    /** The file is mapped into the address space; bytes are read straight from the page cache. */
    MAPPED
}
